import Commands

await KopruCommand.main()
