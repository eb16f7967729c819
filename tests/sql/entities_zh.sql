-- Chinese entities (issue 18): the built-in aliases in simplified and traditional characters
-- give one name; a guessed organisation ends with a legal or group suffix and runs back to
-- a stop word; a person follows a title, a surname first.
.load dist/textfacts
.mode csv
.headers on
SELECT name, kind, "match" FROM extract_entities('宁德时代与比亚迪在深圳签约，台積電與鴻海也出席。', 'zh');
SELECT name, kind, "match" FROM extract_entities('据悉，北京凯沃拉科技有限公司与万托拉集团签约，由塔尔维控股投资；因此目标集团的科技公司不变。', 'zh');
SELECT name, kind, "match" FROM extract_entities('凯沃拉董事长王传福表示，创始人马云说，首席執行官劉強東指出，发言人李明称。', 'zh');
