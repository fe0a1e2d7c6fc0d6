/**
 * The file extensions of the Transcript language, as the extension's own package.json contributes them: a file
 * named so is a transcript without detection.
 */

interface PackageJson {
  contributes?: { languages?: { id?: string; extensions?: string[] }[] };
}

export function transcriptExtensions(packageJson: unknown): string[] {
  const languages = (packageJson as PackageJson | undefined)?.contributes?.languages ?? [];
  return languages.filter(l => l.id === 'transcript').flatMap(l => l.extensions ?? []);
}
