export async function runBenchmarks(): Promise<void> {
  throw new Error('not implemented yet');
}
