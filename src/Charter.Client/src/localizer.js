// UI strings come from the server (IStringLocalizer<EditingText>, in the page's language) as a
// key → format map; "{0}", "{1}" are replaced by arguments as in .NET format strings.
export function localizer(strings) {
  return (key, ...args) => {
    const format = strings[key] ?? key;
    return format.replace(/\{(\d+)\}/g, (match, index) => (index < args.length ? String(args[index]) : match));
  };
}
