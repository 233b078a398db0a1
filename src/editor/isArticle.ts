// Decides which documents Newsmark treats as news articles.
import * as vscode from 'vscode';
import type { NewsmarkConfig } from './config';

export const ARTICLE_LANGUAGE = 'article';

export function articleSelector(config: NewsmarkConfig): vscode.DocumentSelector {
  return [{ language: ARTICLE_LANGUAGE }, ...config.files.map((pattern) => ({ pattern }))];
}

export function isArticle(doc: vscode.TextDocument, config: NewsmarkConfig): boolean {
  if (doc.uri.scheme === 'output' || doc.uri.scheme === 'git' || doc.uri.scheme === 'vscode-userdata') return false;
  return vscode.languages.match(articleSelector(config), doc) > 0;
}
