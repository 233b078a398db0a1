// Wires Newsmark together: builds the services and editor features and registers them in one place.
import * as vscode from 'vscode';
import type { EntityType } from './core/model';
import { AnalysisService } from './editor/AnalysisService';
import { AnnotationCommands } from './editor/AnnotationCommands';
import { AnnotationsTreeFeature } from './editor/AnnotationsTreeFeature';
import { CommandIds, registerCommandTable, type CommandTable } from './editor/commands';
import { CommentsFeature } from './editor/CommentsFeature';
import { affectsNewsmark, readConfig } from './editor/config';
import { DecorationsFeature } from './editor/DecorationsFeature';
import { EntitiesTreeFeature } from './editor/EntitiesTreeFeature';
import { ExportFeature } from './editor/ExportFeature';
import { GazetteerService } from './editor/GazetteerService';
import { HighlightToggles } from './editor/HighlightToggles';
import { HoverFeature } from './editor/HoverFeature';
import { articleSelector, isArticle } from './editor/isArticle';
import { NavigationCommands } from './editor/NavigationCommands';
import { ReviewerIdentity } from './editor/ReviewerIdentity';
import { ReviewFeature } from './editor/ReviewFeature';
import { SidecarService } from './editor/SidecarService';
import { StatusBarFeature } from './editor/StatusBarFeature';
import { createTestState } from './editor/testState';
import { treatTxtAsArticles } from './editor/treatTxtAsArticles';

export function activate(context: vscode.ExtensionContext): { testState(): unknown } {
  const config = () => readConfig();
  const articleCheck = (doc: vscode.TextDocument) => isArticle(doc, config());

  const gazetteer = new GazetteerService();
  const sidecars = new SidecarService(articleCheck);
  const analyses = new AnalysisService({
    config,
    corrections: (uri) => sidecars.corrections(uri),
    gazetteer: (uri) => gazetteer.forDocument(uri),
  });
  const reviewer = new ReviewerIdentity(config);
  const annotations = new AnnotationCommands(sidecars, analyses, reviewer);
  const decorations = new DecorationsFeature(analyses, sidecars, config);
  const hovers = new HoverFeature(articleSelector(config()), analyses, sidecars);
  const comments = new CommentsFeature(sidecars, annotations, articleCheck);
  const entitiesTree = new EntitiesTreeFeature(analyses);
  const annotationsTree = new AnnotationsTreeFeature(sidecars);
  const statusBar = new StatusBarFeature(analyses, sidecars, config);
  const navigation = new NavigationCommands(analyses);
  const toggles = new HighlightToggles(config);
  const exports = new ExportFeature(analyses, sidecars, config);
  const review = new ReviewFeature(sidecars, reviewer);

  const testState = createTestState({ comments, decorations, statusBar, entitiesTree, annotationsTree, review });

  const toggle = (type: EntityType) => () => toggles.toggle(type);
  const table: CommandTable = {
    [CommandIds.addNote]: (arg) => annotations.addNote(arg),
    [CommandIds.markEntity]: (arg) => annotations.markEntity(arg),
    [CommandIds.markNotEntity]: () => annotations.markNotEntity(),
    [CommandIds.mergeAlias]: (arg) => annotations.mergeAlias(arg),
    [CommandIds.setStatus]: (arg) => annotations.setStatus(comments.targetOf(arg) ?? arg),
    [CommandIds.addTags]: (arg) => annotations.addTags(comments.targetOf(arg) ?? arg),
    [CommandIds.reply]: (arg) => (arg?.thread ? comments.reply(arg) : annotations.reply(arg)),
    [CommandIds.resolve]: (arg) => annotations.setResolved(comments.targetOf(arg) ?? arg, true),
    [CommandIds.reopen]: (arg) => annotations.setResolved(comments.targetOf(arg) ?? arg, false),
    [CommandIds.deleteAnnotation]: (arg) => annotations.delete(comments.targetOf(arg) ?? arg),
    [CommandIds.editComment]: (comment) => comments.startEdit(comment),
    [CommandIds.saveComment]: (comment) => comments.saveEdit(comment),
    [CommandIds.cancelEditComment]: (comment) => comments.cancelEdit(comment),
    [CommandIds.exportCsv]: (arg) => exports.exportCurrent({ ...arg, format: 'csv' }),
    [CommandIds.export]: (arg) => exports.exportCurrent(arg),
    [CommandIds.exportWorkspace]: (arg) => exports.exportWorkspace(arg),
    [CommandIds.togglePerson]: toggle('PERSON'),
    [CommandIds.togglePlace]: toggle('PLACE'),
    [CommandIds.toggleOrg]: toggle('ORG'),
    [CommandIds.toggleFigure]: toggle('FIGURE'),
    [CommandIds.highlightMenu]: () => toggles.menu(),
    [CommandIds.nextMention]: () => navigation.jump(1),
    [CommandIds.previousMention]: () => navigation.jump(-1),
    [CommandIds.revealRange]: (uri, start, end) => navigation.revealRange(uri, start, end),
    [CommandIds.showEntities]: () => vscode.commands.executeCommand('newsmark.entities.focus'),
    [CommandIds.filterEntities]: (value?: string) => (typeof value === 'string' ? entitiesTree.setFilter(value) : entitiesTree.promptFilter()),
    [CommandIds.clearEntityFilter]: () => entitiesTree.setFilter(''),
    [CommandIds.treatTxtAsArticles]: () => treatTxtAsArticles(),
    [CommandIds.reviewFrom]: (arg) => review.open(arg),
    [CommandIds.acceptTheirs]: (arg) => review.accept(arg),
    [CommandIds.rejectTheirs]: (arg) => review.reject(arg),
    [CommandIds.replyTheirs]: (arg) => review.reply(arg),
    [CommandIds.acceptAllNonConflicting]: () => review.acceptAllNonConflicting(),
    [CommandIds.closeReview]: () => review.close(),
    [CommandIds.testState]: (query) => testState(query),
  };

  context.subscriptions.push(
    gazetteer,
    sidecars,
    analyses,
    decorations,
    hovers,
    comments,
    entitiesTree,
    annotationsTree,
    statusBar,
    review,
    registerCommandTable(table),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsNewsmark(e)) return;
      analyses.refreshAll();
      decorations.redrawAll();
      statusBar.update();
    }),
    gazetteer.onDidChange(() => analyses.refreshAll()),
    // Loaded or reloaded from disk: the corrections in it may change what the engine reports.
    sidecars.onDidChange((e) => !e.change && analyses.refresh(e.sidecar.articleUri)),
  );

  void gazetteer.loadAll();
  for (const doc of vscode.workspace.textDocuments) void sidecars.load(doc);
  decorations.redrawAll();
  return { testState: () => testState() };
}

export function deactivate(): void {
  // Every feature is disposed through context.subscriptions.
}
