// The hidden `newsmark.test.state` command's answer: read-only snapshots of what each feature shows, for tests and benchmarks.
import * as vscode from 'vscode';
import type { AnnotationsTreeFeature } from './AnnotationsTreeFeature';
import type { CommentsFeature } from './CommentsFeature';
import type { DecorationsFeature } from './DecorationsFeature';
import type { EntitiesTreeFeature } from './EntitiesTreeFeature';
import type { ReviewFeature } from './ReviewFeature';
import type { StatusBarFeature } from './StatusBarFeature';

export interface TestStateSources {
  comments: CommentsFeature;
  decorations: DecorationsFeature;
  statusBar: StatusBarFeature;
  entitiesTree: EntitiesTreeFeature;
  annotationsTree: AnnotationsTreeFeature;
  review: ReviewFeature;
}

export interface TestStateQuery {
  /** Answers with that live thread: the object the Comments UI passes to commands. */
  commentThread?: { uri: string; annotationId: string };
  /** Answers with one part only, so the editor benchmark can poll every few milliseconds cheaply. */
  part?: 'decorationTimes' | 'runtime';
}

/** Where this copy of Newsmark runs: the browser's web worker host has no Node `process`. */
function runtime(): { uiKind: string; nodeProcess: boolean } {
  return { uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop', nodeProcess: typeof process !== 'undefined' };
}

export function createTestState(f: TestStateSources): (query?: TestStateQuery) => unknown {
  return (query) => {
    if (query?.commentThread) return { thread: f.comments.threadOf(query.commentThread.uri, query.commentThread.annotationId) ?? null };
    if (query?.part === 'decorationTimes') return { decorationTimes: f.decorations.drawTimes() };
    if (query?.part === 'runtime') return { runtime: runtime() };
    return {
      comments: f.comments.snapshot(),
      decorations: f.decorations.appliedState(),
      decorationTimes: f.decorations.drawTimes(),
      statusBar: f.statusBar.state(),
      entitiesTree: f.entitiesTree.snapshot(),
      annotationsTree: f.annotationsTree.snapshot(),
      review: f.review.snapshot(),
      runtime: runtime(),
    };
  };
}
