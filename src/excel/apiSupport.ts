/**
 * Which ExcelApi requirement sets the host implements. The one place the adapter asks: functions
 * that use an optional feature take an ApiSupport, so tests (and a host that knows better) can say.
 */
export type ApiSupport = (version: string) => boolean;

/**
 * Office.context.requirements when Office is loaded. Without Office (tests, a fake context) every
 * set counts as supported: the caller is then talking to something that is not Excel anyway.
 */
export const officeApiSupport: ApiSupport = (version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
};

/** A host that implements ExcelApi up to `max` ("1.7" supports 1.1 … 1.7 and not 1.8). */
export function supportedUpTo(max: string): ApiSupport {
  const limit = minorOf(max);
  return (version) => minorOf(version) <= limit;
}

function minorOf(version: string): number {
  const m = /^1\.(\d+)$/.exec(version);
  if (!m) throw new RangeError(`ExcelApi 版本无效: "${version}"`);
  return Number(m[1]);
}
