-- wrk: opens a portal case as the MPOC Alice Morgan (ACME), each with its own subject
counter = 0
request = function()
  counter = counter + 1
  local body = '{"type":"INCIDENT","productLine":"SIP_TRUNKING","subject":"Bench intake ' .. counter ..
    '","description":"No inbound audio","details":{"extension":"2041","direction":"INBOUND",' ..
    '"counterpartNumber":"+15551234567","occurredAt":"2026-03-06T15:10:00-07:00"}}'
  return wrk.format("POST", "/api/cases", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Basic YWxpY2UubW9yZ2FuQGFjbWUuZXhhbXBsZTpkZW1v"
  }, body)
end
