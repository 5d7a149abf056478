/**
 * The date printed in the documents: SOURCE_DATE_EPOCH when set (reproducible builds), else the day the
 * answers last changed, so re-running with the same answers gives byte-identical documents.
 */
export function documentDate(env: Record<string, string | undefined>, updatedAt: string | undefined, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  if (updatedAt && !Number.isNaN(Date.parse(updatedAt))) return new Date(updatedAt).toISOString().slice(0, 10);
  return now.toISOString().slice(0, 10);
}
