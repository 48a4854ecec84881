

// scanner/profile.ts
var profiling = process.env.LEAKHOUND_PROFILE === "1";
var totals = /* @__PURE__ */ new Map();
var marks = [];
function timed(stage, f) {
  if (!profiling) return f();
  const t = performance.now();
  try {
    return f();
  } finally {
    addTime(stage, performance.now() - t);
  }
}
async function timedAsync(stage, f) {
  if (!profiling) return f();
  const t = performance.now();
  try {
    return await f();
  } finally {
    addTime(stage, performance.now() - t);
  }
}
function addTime(stage, ms) {
  if (!profiling) return;
  const cur = totals.get(stage);
  if (cur) {
    cur.ms += ms;
    cur.calls++;
  } else totals.set(stage, { ms, calls: 1 });
}
function mark(point) {
  if (profiling) marks.push([point, performance.now()]);
}
function profileReport() {
  const lines = ["leakhound profile (LEAKHOUND_PROFILE=1): wall ms in this thread"];
  for (const [point, at] of marks) lines.push(`  at ${at.toFixed(0).padStart(7)} ms  ${point}`);
  for (const [stage, t] of totals)
    lines.push(`  ${t.ms.toFixed(0).padStart(10)} ms  ${stage} (${t.calls} call${t.calls === 1 ? "" : "s"})`);
  const cpu = process.cpuUsage();
  lines.push(
    `  total: ${performance.now().toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1e3).toFixed(0)} ms CPU (all threads), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
  );
  return `${lines.join("\n")}
`;
}
if (profiling) process.on("exit", () => process.stderr.write(profileReport()));

export {
  timed,
  timedAsync,
  addTime,
  mark
};
