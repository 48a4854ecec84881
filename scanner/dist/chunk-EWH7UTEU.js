

// scanner/size-limit.ts
var MB = 1024 * 1024;
var DEFAULT_MAX_MB = 25;
var DEFAULT_MAX_BYTES = DEFAULT_MAX_MB * MB;
function maxBytes(flagMb, config) {
  return (flagMb ?? config.maxFileSize ?? DEFAULT_MAX_MB) * MB;
}

export {
  DEFAULT_MAX_MB,
  DEFAULT_MAX_BYTES,
  maxBytes
};
