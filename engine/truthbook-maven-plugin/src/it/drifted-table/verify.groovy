// a migration creating a table no domain maps fails the build in verify with the drift finding at file:line@commit
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] app\/db\/V1__init\.sql:2:\d+@[0-9a-f]{7}: error \[drift\.table\.unmapped\] table 'sales_shadow_note'/
assert log.contains('1 error, 1 warning in 3 manifests')
// no Java stack trace, no exception class named in a message
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)
assert !log.contains('Caused by')
assert !(log =~ /java\.lang\.\w+Exception/)
