import {
  InputError
} from "./chunk-WKZTSYGD.js";

// scanner/sources/stdin.ts
async function readStdin(limit, stream = process.stdin) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) {
      throw new InputError(`stdin: more than ${limit} bytes; raise --max-file-size or scan the data as a file`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

export {
  readStdin
};
