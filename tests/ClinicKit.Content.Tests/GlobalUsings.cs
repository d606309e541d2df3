global using NUnit.Framework;
global using ClinicKit.Tests.Shared;
