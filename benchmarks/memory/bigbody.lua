-- wrk script: 2 MB bodies, the shape of issue 8's "bodies buffered whole" attack; each should get a 413 at once.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ statistics { entities } }","extensions":{"pad":"' .. string.rep("x", 2 * 1024 * 1024) .. '"}}'
