/** Mutes the console while thousands of hostile documents are reported, so the test log stays readable. */
export function silenceConsole(): { restore: () => void } {
  const saved = {
    warn: console.warn,
    error: console.error,
    group: console.group,
    groupCollapsed: console.groupCollapsed,
    groupEnd: console.groupEnd,
    info: console.info,
  };
  const none = () => undefined;
  Object.assign(console, { warn: none, error: none, group: none, groupCollapsed: none, groupEnd: none, info: none });
  return { restore: () => Object.assign(console, saved) };
}
