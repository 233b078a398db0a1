// Loads the shared MEANTIME-derived dev set, read in place (never copied), or null when this machine lacks it.
import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '../../../src/core/model';

export const MEANTIME_PATH = path.resolve(__dirname, '../../../../shared/data/meantime-en/meantime_en_dev.jsonl');

export interface DevArticle {
  id: string;
  text: string;
  entities: Entity[];
}

export function loadMeantime(): DevArticle[] | null {
  if (!fs.existsSync(MEANTIME_PATH)) return null;
  return fs
    .readFileSync(MEANTIME_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DevArticle);
}
