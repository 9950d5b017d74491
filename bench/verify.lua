-- wrk script: POST /v1/keys/verify, one seeded key per request (keys file: one secret per line).
-- Every request is built once, at start, and request() only hands out the next one: the client's cost per request
-- is then the same for 1,000 keys as for a million (building a new string per request, and collecting it, made wrk
-- itself the bottleneck for distinct keys on these two cores).
local requests = {}
init = function(args)
  local host = wrk.headers["Host"] or "127.0.0.1"
  for key in io.lines(os.getenv("KEYS_FILE")) do
    local body = '{"key":"' .. key .. '"}'
    requests[#requests + 1] = "POST /v1/keys/verify HTTP/1.1\r\nHost: " .. host ..
      "\r\nContent-Type: application/json\r\nContent-Length: " .. #body .. "\r\n\r\n" .. body
  end
  collectgarbage("collect")
  collectgarbage("stop") -- request() makes no garbage
end
local i = 0
request = function()
  i = i % #requests + 1
  return requests[i]
end
