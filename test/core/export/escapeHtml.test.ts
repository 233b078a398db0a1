import assert from 'node:assert/strict';
import { escapeHtml } from '../../../src/core/export/escapeHtml';

describe('escapeHtml', () => {
  const cases: Array<[string, string]> = [
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ['AT&T and O\'Brien', 'AT&amp;T and O&#39;Brien'],
    ['&amp; already escaped stays visible', '&amp;amp; already escaped stays visible'],
    ['Plain reporting, no markup', 'Plain reporting, no markup'],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => assert.equal(escapeHtml(input), expected));
  }
});
