
import "./chunk-WJDBHJ4B.js";

// scanner/daemon/client.ts
const { isatty } = process.getBuiltinModule("node:tty");

// scanner/daemon/protocol.ts
const { lstatSync, statSync, unlinkSync } = process.getBuiltinModule("node:fs");
const { connect } = process.getBuiltinModule("node:net");
var HOOK_PATIENCE_MS = 1e4;
var MAX_REQUEST = 1024 * 1024;
var MAX_REPLY = 256 * 1024 * 1024;
function ask(socket, req, timeoutMs, refused) {
  return new Promise((resolve) => {
    const conn = connect(socket);
    let text = "";
    let settled = false;
    const done = (value) => {
      if (settled) return;
      settled = true;
      conn.destroy();
      resolve(value);
    };
    conn.setEncoding("utf8");
    conn.setTimeout(timeoutMs, () => done(null));
    conn.on("connect", () => conn.end(`${JSON.stringify(req)}
`));
    conn.on("data", (chunk) => {
      text += chunk;
      if (text.length > MAX_REPLY) done(null);
    });
    conn.on("end", () => {
      try {
        done(text.endsWith("\n") ? JSON.parse(text) : null);
      } catch {
        done(null);
      }
    });
    conn.on("error", (err) => {
      if (err.code === "ECONNREFUSED") refused?.();
      done(null);
    });
    conn.on("close", () => done(null));
  });
}
function fileIds(path) {
  const st = statSync(path, { bigint: true });
  return [String(st.dev), String(st.ino)];
}
function removeSocket(path, ino) {
  try {
    if (lstatSync(path).ino === ino) unlinkSync(path);
  } catch {
  }
}
function isCheckReply(reply) {
  const r = reply;
  return r?.op === "check" && Number.isInteger(r.code) && r.code >= 0 && r.code <= 255 && Array.isArray(r.out) && r.out.every((o) => Array.isArray(o) && o.length === 2 && (o[0] === 1 || o[0] === 2) && typeof o[1] === "string");
}

// scanner/daemon/client.ts
async function checkByDaemon(socket, argv) {
  const env = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== void 0) env[name] = value;
  let cwd;
  let where;
  try {
    cwd = process.cwd();
    where = { cwd: fileIds(cwd), root: fileIds("/") };
  } catch {
    return null;
  }
  const reply = await ask(
    socket.path,
    { op: "check", argv, cwd, env, tty: { out: isatty(1), err: isatty(2) }, ids: where },
    HOOK_PATIENCE_MS,
    // No daemon listens there any more (it was killed): the next hook need not try. Unless
    // the socket was replaced meanwhile (a daemon starting).
    () => removeSocket(socket.path, socket.ino)
  );
  if (!isCheckReply(reply)) return null;
  for (const [fd, text] of reply.out) (fd === 1 ? process.stdout : process.stderr).write(text);
  return reply.code;
}
export {
  checkByDaemon
};
