// An open-loop load: requests start on a fixed schedule (rate per second for a duration),
// whether or not earlier ones have answered, and each latency counts from the moment its
// request was due, so that a slow server cannot slow the load down and hide its queue
// ("coordinated omission"). Loopback only; bounded by rate × duration and a time limit.
import http from 'node:http'

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

/** One request; resolves with its status, or 0 when it failed or timed out. */
const send = (url, { method = 'GET', headers = {}, body } = {}) =>
  new Promise((resolve) => {
    const request = http.request(url, { method, headers, agent, timeout: 10_000 }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
      response.on('error', () => resolve(0))
    })
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(0))
    request.end(body)
  })

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN

/**
 * Sends `rate` requests a second for `seconds` seconds, made by `make(i)` ({ url, method,
 * headers, body }). Resolves with the achieved rate, p50/p99 in ms and the count of errors
 * (a status other than 200/304, or no answer).
 */
export const openLoop = async ({ rate, seconds, make }) => {
  const total = Math.round(rate * seconds)
  const latencies = []
  let errors = 0
  const started = performance.now()
  const pending = []
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
    const { url, ...options } = make(i)
    // From when it was due, or from when it left if the schedule sent it a little early.
    const from = Math.min(due, performance.now())
    pending.push(
      send(url, options).then((status) => {
        latencies.push(performance.now() - from)
        if (status !== 200 && status !== 304) errors++
      }),
    )
  }
  await Promise.all(pending)
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    rate,
    achieved: total / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors,
  }
}
