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

/** Keeps `inFlight` calls running until `total` have completed; resolves with calls per second. */
async function sustainedRate(
  contender: Contender,
  inFlight: number,
  total: number,
): Promise<number> {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started++;
      await contender.call();
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return (total * 1000) / (performance.now() - begin);
}

export async function measureConcurrency(
  contenders: readonly Contender[],
  { inFlight = 1000, total = 5000, rounds = 9 } = {},
): Promise<Concurrency> {
  // Steady state, not a burst: `inFlight` calls are kept running through `total` calls, so the
  // ramp-up and the last stragglers weigh little. The first round also opens the pool.
  const rates = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = -1; round < rounds; round++) {
    for (const contender of rotate(contenders, round + 1)) {
      const rate = await sustainedRate(contender, inFlight, total);
      if (round >= 0) rates.get(contender.name)?.push(rate);
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
