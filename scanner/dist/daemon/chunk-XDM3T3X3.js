

// scanner/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var ConfigError = class extends Error {
  constructor(message, file, options) {
    super(file ? `${file}: ${message}` : message, options);
    this.file = file;
  }
  file;
  name = "ConfigError";
};
var InputError = class extends Error {
  name = "InputError";
};
var EXIT = { clean: 0, findings: 1, error: 2 };
var USER_ERRORS = /* @__PURE__ */ new Set(["UsageError", "ConfigError", "InputError"]);
function isUserError(err) {
  return err instanceof Error && USER_ERRORS.has(err.name);
}

export {
  UsageError,
  ConfigError,
  InputError,
  EXIT,
  isUserError
};
