-- wrk: starts the bare engine's one-user-task process over its REST API
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", "/engine-rest/process-definition/key/OneTaskProcess/start",
    { ["Content-Type"] = "application/json" },
    '{"businessKey":"bench-' .. counter .. '","variables":{"subject":{"value":"Bench intake ' .. counter .. '","type":"String"}}}')
end
