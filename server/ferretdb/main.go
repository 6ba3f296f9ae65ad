// Command ferretdb runs FerretDB 1.24 (PostgreSQL handler) for the Lugang server.
// It listens only where it is told (a Unix socket in a private directory), and
// exits when its standard input closes so that it never outlives the server.
package main

import (
	"context"
	"flag"
	"io"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	unixPath := flag.String("unix", "", "Unix socket path to listen on")
	tcpAddr := flag.String("tcp", "", "TCP address to listen on (tests only; prefer -unix)")
	logLevel := flag.String("log-level", "error", "debug, info, warn or error (warn dumps whole wire messages)")
	flag.Parse()

	pgURL := os.Getenv("FERRETDB_POSTGRESQL_URL")
	if pgURL == "" {
		log.Fatal("FERRETDB_POSTGRESQL_URL is not set")
	}
	if *unixPath == "" && *tcpAddr == "" {
		log.Fatal("give -unix or -tcp")
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	// The parent keeps our stdin open; when it dies (even by kill -9) stdin hits EOF.
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		stop()
	}()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		log.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Logger:        logger,
		Listener:      ferretdb.ListenerConfig{Unix: *unixPath, TCP: *tcpAddr},
		Handler:       "postgresql",
		PostgreSQLURL: pgURL,
	})
	if err != nil {
		log.Fatal(err)
	}

	log.Printf("ferretdb listening unix=%q tcp=%q", *unixPath, *tcpAddr)
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatal(err)
	}
}
