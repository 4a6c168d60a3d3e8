// The one global src-shared may use beyond ECMAScript: both Node (main) and the
// browser (renderer) have a console. Declared here, not by a lib, so nothing
// else of the DOM or Node leaks into the shared layer.
declare const console: {
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};
