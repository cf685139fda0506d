// A full garbage collection on request, for the one moment a process knows it has just dropped a lot:
// after building the register's search index. V8 collects old garbage only under memory pressure and keeps
// the young generation it grew during the build, so an idle server went on holding about 170 MB it no
// longer used (10,000 Vorhaben: 313 MB RSS instead of 146 MB; docs/PERFORMANCE.md). Node offers no API
// for this; `--expose-gc` set at run time makes `gc` available to a new context, as V8's own tests do.
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
