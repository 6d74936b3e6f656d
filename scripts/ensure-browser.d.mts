/** The Chromium the tests use: /usr/bin/chromium unless CHROME_PATH says otherwise. */
export declare const DEFAULT_CHROME_PATH: string;
/** The version line of the browser at `path`, or undefined when it does not run. */
export declare function browserVersion(path: string): string | undefined;
/** Finds Chromium, installing Debian's package when it is missing and that is possible; resolves with its path. */
export declare function ensureBrowser(options?: { install?: boolean; log?: (line: string) => void }): Promise<string>;
