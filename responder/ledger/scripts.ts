// Lua for the ledger's read-modify-write steps, so that two workers acting on one incident
// never interleave. Each script touches keys of a single incident (one hash tag), which keeps
// it valid on Redis Cluster.

/** KEYS: record, locations. ARGV: JSON [field, value, …], JSON [location, …]. → {created, added} */
export const OPEN = `
local created = 0
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], unpack(cjson.decode(ARGV[1])))
  created = 1
end
local added = 0
for _, l in ipairs(cjson.decode(ARGV[2])) do added = added + redis.call('SADD', KEYS[2], l) end
return {created, added}
`;

/** KEYS: record. ARGV: JSON [allowed from-state, …] (empty = any), to-state, JSON [field, value, …]. → previous state, 0 refused, -1 missing */
export const TRANSITION = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local cur = redis.call('HGET', KEYS[1], 'state')
local allowed = cjson.decode(ARGV[1])
local ok = #allowed == 0
for _, s in ipairs(allowed) do if s == cur then ok = true end end
if not ok then return 0 end
local extra = cjson.decode(ARGV[3])
redis.call('HSET', KEYS[1], 'state', ARGV[2])
if #extra > 0 then redis.call('HSET', KEYS[1], unpack(extra)) end
return cur
`;

/** KEYS: record. ARGV: field, JSON state, force ('1' overwrites a done step). → 1 written, 0 kept */
export const SET_STEP = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur and ARGV[3] ~= '1' and cjson.decode(cur).status == 'done' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
`;

/**
 * KEYS: stream, dedupe set, record. ARGV: idempotency key, field, value, … → stream id, or nil
 * when already written. Keys are per round: a reopened incident writes its steps again.
 */
export const APPEND = `
local round = redis.call('HGET', KEYS[3], 'round')
local key = ARGV[1]
if round and round ~= '1' then key = key .. '@' .. round end
if redis.call('SADD', KEYS[2], key) == 0 then return false end
return redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
`;

/**
 * KEYS: record, timeline. ARGV: JSON [field to clear, …], JSON [field, value, …]. Reopens a
 * closed incident as a new round: steps and per-round fields cleared, the last report kept as
 * report@<round>, Slack's cursor moved past the old round (its own message and thread).
 * → the new round, or 0 when the incident is not closed.
 */
export const REOPEN = `
if redis.call('HGET', KEYS[1], 'state') ~= 'closed' then return 0 end
local round = tonumber(redis.call('HGET', KEYS[1], 'round') or '1')
local report = redis.call('HGET', KEYS[1], 'report')
if report then redis.call('HSET', KEYS[1], 'report@' .. round, report) end
for _, f in ipairs(redis.call('HKEYS', KEYS[1])) do
  if string.sub(f, 1, 5) == 'step:' then redis.call('HDEL', KEYS[1], f) end
end
for _, f in ipairs(cjson.decode(ARGV[1])) do redis.call('HDEL', KEYS[1], f) end
redis.call('HSET', KEYS[1], 'state', 'open', 'round', round + 1, unpack(cjson.decode(ARGV[2])))
local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
if #last > 0 then redis.call('HSET', KEYS[1], 'slackCursor', last[1][1]) end
return round + 1
`;
