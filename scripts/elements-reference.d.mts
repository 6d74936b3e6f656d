/** The Markdown reference of the elements of a Custom Elements Manifest, in tag order. */
export declare function elementsReference(manifest: unknown): string;
