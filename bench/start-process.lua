-- wrk: starts the bare engine's one-user-task process over its REST API
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", "/engine-rest/process-definition/key/OneTaskProcess/start",
    { ["Content-Type"] = "application/json" },
    '{"businessKey":"bench-' .. counter .. '","variables":{"subject":{"value":"Bench intake ' .. counter .. '","type":"String"}}}')
end

-- BENCH_LIMIT: each wrk thread stops after that many responses (filling a given number of cases)
limit = tonumber(os.getenv("BENCH_LIMIT") or "0")
responses = 0
response = function(status, headers, body)
  responses = responses + 1
  if limit > 0 and responses >= limit then
    wrk.thread:stop()
  end
end
