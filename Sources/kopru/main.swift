import Commands

KopruCommand.main()
