'use strict';
// textfacts for better-sqlite3: load(db) loads the SQLite extension in this package into
// a Database; getLoadablePath() is its path, for any other way of loading it.
const fs = require('fs');
const path = require('path');

function getLoadablePath() {
  const file = path.join(__dirname, 'textfacts.so');
  if (!fs.existsSync(file)) {
    throw new Error(`textfacts.getLoadablePath(): ${file} is missing (the package is broken)`);
  }
  return file;
}

function load(db) {
  if (!db || typeof db.loadExtension !== 'function') {
    throw new TypeError('textfacts.load(db): db must be a better-sqlite3 Database ' +
                        '(an object with a loadExtension method)');
  }
  db.loadExtension(getLoadablePath());
}

module.exports = { getLoadablePath, load };
