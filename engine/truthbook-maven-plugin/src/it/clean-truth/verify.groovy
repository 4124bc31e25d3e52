// a clean truth passes: the check logs its summary, and the build wrote the site source, diagrams and book
def log = new File(basedir, 'build.log').text
assert log.contains('truthbook: 0 errors, 1 warning in 2 manifests')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/site-source/site.xml').isFile()
assert new File(basedir, 'target/book/book.html').isFile()
assert new File(basedir, 'target/book/book.pdf').isFile()
assert new File(basedir, 'target/diagrams').list().any { it.endsWith('.svg') }
// a truth without chapters still gives a well-formed book: its first section is not glued to the stamp
assert !log.contains('out of sequence')
assert new File(basedir, 'target/book/book.adoc').text.contains('.\n\n== Diagrams\n')
