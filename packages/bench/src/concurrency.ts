import type { Contender } from "./clients";
import { median, rotate } from "./stats";

export interface Concurrency {
  /** Median calls per second with `inFlight` calls started at once, by contender. */
  callsPerSecond: Map<string, number>;
  /** Heap bytes per in-flight call, at a tenth of `inFlight` and at `inFlight`. */
  bytesPerCall: Map<string, [number, number]>;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Heap growth per call once `count` calls are in flight: measured one event-loop turn after
 * starting them, so that clients whose promises start lazily have sent their requests too.
 */
async function heapPerCall(contender: Contender, count: number): Promise<number> {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const pending = Promise.all(Array.from({ length: count }, () => contender.call()));
  await new Promise((resolve) => setImmediate(resolve));
  const during = process.memoryUsage().heapUsed;
  await pending;
  return (during - before) / count;
}

export async function measureConcurrency(
  contenders: readonly Contender[],
  { inFlight = 1000, rounds = 25 } = {},
): Promise<Concurrency> {
  const rates = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  // Two warm-up rounds: the first opens the connection pool to its full size.
  for (let round = -2; round < rounds; round++) {
    for (const contender of rotate(contenders, round + 2)) {
      const started = performance.now();
      await Promise.all(Array.from({ length: inFlight }, () => contender.call()));
      if (round >= 0)
        rates.get(contender.name)?.push((inFlight * 1000) / (performance.now() - started));
    }
  }
  const bytesPerCall = new Map<string, [number, number]>();
  for (const contender of contenders) {
    const few: number[] = [];
    const many: number[] = [];
    for (let i = 0; i < 5; i++) {
      few.push(await heapPerCall(contender, inFlight / 10));
      many.push(await heapPerCall(contender, inFlight));
    }
    bytesPerCall.set(contender.name, [median(few), median(many)]);
  }
  return {
    callsPerSecond: new Map([...rates].map(([name, values]) => [name, median(values)])),
    bytesPerCall,
  };
}
