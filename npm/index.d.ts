/** The path of the textfacts SQLite extension in this package. */
export function getLoadablePath(): string;
/** Loads textfacts into a better-sqlite3 Database (db.loadExtension). */
export function load(db: { loadExtension(path: string, entryPoint?: string): unknown }): void;
