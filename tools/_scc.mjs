import { cruise } from 'dependency-cruiser';
const result = await cruise(['apps/api/src'], { tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' }, exclude: { path: '\\.spec\\.ts$' } });
const MOD = /^apps\/api\/src\/modules\/([^/]+)\//;
const edges = new Map();
for (const m of result.output.modules) {
  const a = MOD.exec(m.source)?.[1]; if (!a) continue;
  for (const d of m.dependencies) {
    const b = MOD.exec(d.resolved)?.[1]; if (!b || a === b) continue;
    const typeOnly = d.dependencyTypes.includes('type-only');
    const k = `${a} -> ${b}`;
    const e = edges.get(k) ?? { files: new Set(), runtime: false };
    e.files.add(`${m.source.replace('apps/api/src/modules/','')} -> ${d.resolved.replace('apps/api/src/modules/','')}${typeOnly?' (type)':''}`);
    e.runtime ||= !typeOnly;
    edges.set(k, e);
  }
}
const has = (a,b) => edges.has(`${a} -> ${b}`);
for (const [k,e] of edges) { const [a,b]=k.split(' -> '); if (has(b,a) && a<b) { console.log('MUTUAL', k); for (const f of e.files) console.log('   ', f); for (const f of edges.get(`${b} -> ${a}`).files) console.log('   ', f);} }
const adj = new Map();
for (const k of edges.keys()) { const [a,b]=k.split(' -> '); if(!adj.has(a)) adj.set(a,[]); adj.get(a).push(b); if(!adj.has(b)) adj.set(b,[]); }
let idx=0; const ind=new Map(), low=new Map(), st=[], on=new Set(), sccs=[];
function sc(v){ ind.set(v,idx); low.set(v,idx); idx++; st.push(v); on.add(v);
 for(const w of adj.get(v)){ if(!ind.has(w)){sc(w); low.set(v,Math.min(low.get(v),low.get(w)));} else if(on.has(w)) low.set(v,Math.min(low.get(v),ind.get(w))); }
 if(low.get(v)===ind.get(v)){ const c=[]; let w; do{w=st.pop(); on.delete(w); c.push(w);}while(w!==v); if(c.length>1) sccs.push(c);} }
for(const v of adj.keys()) if(!ind.has(v)) sc(v);
console.log('SCCs', sccs);
for (const [a, bs] of adj) console.log(a, '->', bs.join(' '));
