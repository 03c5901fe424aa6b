import type { Contender } from "./clients";
import { median, rotate } from "./stats";

export interface PerCall {
  /** Median microseconds per sequential call, by contender name. */
  micros: Map<string, number>;
}

/**
 * Sequential calls on one keep-alive connection: `rounds` interleaved rounds of `calls` calls per
 * contender, after two warm-up rounds that are not counted. Short rounds, many of them, so that
 * the machine's drift (frequency, other load) reaches every contender alike; the median round
 * is reported.
 */
export async function measurePerCall(
  contenders: readonly Contender[],
  { rounds = 40, calls = 250 } = {},
): Promise<PerCall> {
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = -2; round < rounds; round++) {
    for (const contender of rotate(contenders, round + 2)) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) await contender.call();
      const micros = ((performance.now() - started) * 1000) / calls;
      if (round >= 0) samples.get(contender.name)?.push(micros);
    }
  }
  return { micros: new Map([...samples].map(([name, values]) => [name, median(values)])) };
}
