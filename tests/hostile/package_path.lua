-- expect: package is not available in scenarios
package.path = "/tmp/?.lua"
