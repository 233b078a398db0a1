// Entry of the editor benchmark bundle that bench/editor.bench.js builds and hands to the integration runner (--suites).
import './editor.bench';
