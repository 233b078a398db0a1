// Newsmark's setting keys, free of the vscode API so plain tests can check them against package.json.

export const CONFIG_SECTION = 'newsmark';

/** Setting keys, relative to the `newsmark` section. A meta test checks these against package.json. */
export const SettingKeys = {
  files: 'files',
  reviewer: 'reviewer',
  highlightPerson: 'highlight.person',
  highlightPlace: 'highlight.place',
  highlightOrg: 'highlight.org',
  highlightFigure: 'highlight.figure',
  debounceMs: 'debounceMs',
  maxFileSizeMB: 'maxFileSizeMB',
} as const;
