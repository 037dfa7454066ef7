// Command kratos runs Ory Kratos's own command line (serve, migrate, …). This module exists so the
// project can build a pinned Kratos release from the Go module proxy: `go install` refuses Kratos
// because its go.mod has replace directives, so they are repeated in go.mod here.
package main

import (
	"os"

	"github.com/ory/kratos/cmd"
)

func main() {
	os.Exit(cmd.Execute())
}
