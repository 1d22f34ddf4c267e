/** The language of a BCP 47 tag, without its region or script: "es-MX" gives "es". */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}
