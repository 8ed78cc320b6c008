// How long a call keeps this process's CPU busy. Tests that bound a speed use it instead of the clock:
// npm test runs unit tests beside the browser tests on two cores, where the wall clock says more about
// the neighbours than about the code.
export function cpuMillis<T>(call: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = call();
  const used = process.cpuUsage(before);
  return { result, ms: (used.user + used.system) / 1000 };
}
