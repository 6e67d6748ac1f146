import SeedanceCLI

Seedance.run()
