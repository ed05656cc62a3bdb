import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022', logLevel: 'error', metafile: true, conditions: ['production'], tsconfig: 'tsconfig.json' });
console.log('total gzip', (gzipSync(r.outputFiles[0].contents, {level: 9}).length/1024).toFixed(1));
const inputs = Object.entries(r.metafile.outputs)[0][1].inputs;
const groups = {};
for (const [k, v] of Object.entries(inputs)) { const g = k.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1').replace(/^src\/([^/]+)\/(locale\/)?.*/, 'src/$1$2'); groups[g] = (groups[g]||0) + v.bytesInOutput; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${(v/1024).toFixed(1)} KB min\t${k}`).join('\n'));
const files = Object.entries(inputs).filter(([k])=>k.startsWith('src/')).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,14);
console.log(files.map(([k,v])=>`${v.bytesInOutput}\t${k}`).join('\n'));
