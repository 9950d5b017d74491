-- wrk script: POST /v1/keys/verify with one of the seeded keys per request (keys file: one secret per line).
local keys = {}
for line in io.lines(os.getenv("KEYS_FILE")) do keys[#keys + 1] = line end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i % #keys + 1
  return wrk.format(nil, "/v1/keys/verify", nil, '{"key":"' .. keys[i] .. '"}')
end
