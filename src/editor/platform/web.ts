// Browser host (vscode.dev): no git or OS to ask, so the reviewer must name themselves in settings.

export async function defaultReviewerName(_cwd: string | undefined): Promise<string> {
  return 'reviewer';
}
