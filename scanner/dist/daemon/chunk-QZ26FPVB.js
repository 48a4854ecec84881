

// rules/global-allowlist.ts
var paths = [
  // Scanner configuration: rules, allowlists and example secrets by design.
  /(?:^|\/)\.?(?:gitleaks|leakhound)\.toml$/,
  // Ignore files list fingerprints (`file:rule:line`), never secrets.
  /(?:^|\/)\.(?:gitleaks|leakhound)ignore$/,
  // Images, fonts, media: binary, or (SVG) drawing instructions; base64 blobs look random.
  /\.(?:bmp|gif|jpe?g|png|svg|tiff?|ico|webp|avif|heic|psd)$/i,
  /\.(?:eot|[ot]tf|woff2?)$/i,
  /\.(?:mp[34]|m4a|aac|flac|ogg|wav|webm|mov|avi|mkv)$/i,
  // Office documents and compiled or binary artefacts: not text the regexes could read.
  /\.(?:docx?|xlsx?|pptx?|pdf|bin|socket|vsidx|v2|suo|wsuo|dll|pdb|exe|gltf|so|dylib|class|pyc|wasm)$/i,
  // Go module checksums (go.sum is all `h1:` hashes) and the vendored-module list. Vendored
  // code itself is scanned: it is committed, and a key in it leaks like any other.
  /(?:^|\/)go\.(?:mod|sum|work(?:\.sum)?)$/,
  /(?:^|\/)vendor\/modules\.txt$/,
  // Build tool wrappers checked in verbatim from upstream.
  /(?:^|\/)gradlew(?:\.bat)?$/,
  /(?:^|\/)mvnw(?:\.cmd)?$/,
  /(?:^|\/)\.mvn\/wrapper\/MavenWrapperDownloader\.java$/,
  // Lock files are scanned on purpose: a resolved URL can carry a registry token. Their
  // integrity hashes are no noise: the generic rules skip digest files themselves.
  /(?:^|\/)verification-metadata\.xml$/,
  // Dependency folders (node_modules, vendor, venv) are not listed: `scan` skips them only when
  // git does not track them, and a committed one in history is committed code. Packed gems
  // and a system Python's installed packages are archives and third-party installs.
  /\.gem$/,
  /(?:^|\/)(?:lib(?:64)?\/python[23](?:\.\d{1,2})+|python\/[23](?:\.\d{1,2})+\/lib(?:64)?)(?:\/.*)?$/i,
  /(?:^|\/)[a-z0-9_.]+-[0-9.]+\.dist-info(?:\/.+)?$/i,
  // Vendored, usually minified, front-end libraries.
  /(?:^|\/)(?:angular|bootstrap|jquery(?:-?ui)?|plotly|swagger-?ui)[a-zA-Z0-9.-]*(?:\.min)?\.js(?:\.map)?$/,
  /(?:^|\/)javascript\.json$/,
  // SQL Server project refactor logs: generated GUID soup.
  /(?:^|\/)Database\.refactorlog$/,
  // A worktree's `.git` file only points at the real git directory.
  /(?:^|\/)\.git$/
];
var regexes = [
  // Literals and single repeated characters.
  /^(?:true|false|null)$/i,
  /^(?:a+|b+|c+|d+|e+|f+|g+|h+|i+|j+|k+|l+|m+|n+|o+|p+|q+|r+|s+|t+|u+|v+|w+|x+|y+|z+|\*+|\.+)$/i,
  // Shell, Make, Windows and templating references instead of values.
  /^\$(?:\d+|\{\d+\})$/,
  /^\$(?:[A-Z_]+|[a-z_]+)$/,
  /^\$\{(?:[A-Z_]+|[a-z_]+)\}$/,
  /^\{\{[ \t]*[\w ().|]+[ \t]*\}\}$/,
  /^\$\{\{[ \t]*(?:env|github|secrets|vars)(?:\.[A-Za-z]\w+)+[\w "'&./=|]*[ \t]*\}\}$/,
  /^%(?:[A-Z_]+|[a-z_]+)%$/,
  /^@(?:[A-Z_]+|[a-z_]+)@$/,
  // Format strings and positional placeholders.
  /^%[+\-# 0]?[bcdeEfFgGoOpqstTUvxX]$/,
  /^\{\d{0,2}\}$/,
  // Absolute paths of the usual system and home directories.
  /^\/Users\/[A-Za-z0-9]+\/[\w ./-]+$/,
  /^\/(?:bin|etc|home|opt|tmp|usr|var)\/[\w ./-]+$/
];
var defaultAllowlists = [
  {
    description: "leakhound default global allowlist (after gitleaks)",
    paths,
    regexes,
    // A documentation UUID and the alphabet in order: no generated credential contains either.
    stopwords: ["014df517-39d1-4453-b7b3-9930c563627c", "abcdefghijklmnopqrstuvwxyz"]
  }
];

export {
  defaultAllowlists
};
