// Where an article's sidecar lives: `NAME.txt` → `NAME.annotations.yaml` in the same folder.
import * as vscode from 'vscode';

export const SIDECAR_SUFFIX = '.annotations.yaml';
const ARTICLE_EXTENSION = '.txt';

export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  const path = article.path.endsWith(ARTICLE_EXTENSION) ? article.path.slice(0, -ARTICLE_EXTENSION.length) : article.path;
  return article.with({ path: path + SIDECAR_SUFFIX });
}

export function articleUriForSidecar(sidecar: vscode.Uri): vscode.Uri {
  const base = sidecar.path.endsWith(SIDECAR_SUFFIX) ? sidecar.path.slice(0, -SIDECAR_SUFFIX.length) : sidecar.path;
  return sidecar.with({ path: base + ARTICLE_EXTENSION });
}
